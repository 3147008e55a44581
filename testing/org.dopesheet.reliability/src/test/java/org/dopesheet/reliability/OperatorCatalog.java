package org.dopesheet.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.dopesheet.edit.KeyframeClipboard;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.Registries;

/**
 * Every operator component on the test class path, found the way the runtime finds them: each
 * class of the operator families ({@code org.dopesheet.ops.*}), of the conformance harness
 * ({@code org.dopesheet.conformance.internal}) and of the core ({@code anim.change_frame}) that
 * implements {@link Operator} and carries {@link OperatorDefinition}. They are instantiated as DS
 * would: a public no-argument constructor, or one taking the runtime's {@link KeyframeClipboard}.
 * <p>
 * Scanning instead of listing keeps the tests covering operators that families add later; a
 * component whose constructor needs anything else fails loudly, so that this class gets taught
 * about it.
 */
final class OperatorCatalog {
    /** Packages (as resource folders) whose operator classes are registered. */
    static final List<String> ROOTS = List.of("org/dopesheet/ops", "org/dopesheet/conformance/internal",
            "org/dopesheet/core/internal");

    private OperatorCatalog() {
    }

    /** A standalone registry with every operator registered; its clipboard is the one the copy/paste operators use. */
    static Registries.Standalone standalone() {
        Registries.Standalone s = Registries.create();
        for (Operator o : instantiate(s.clipboard())) {
            s.register(o);
        }
        return s;
    }

    /** New instances of every operator class, sorted by operator id (then class name). */
    static List<Operator> instantiate(KeyframeClipboard clipboard) {
        Map<String, Operator> byKey = new TreeMap<>();
        for (Class<?> c : operatorClasses()) {
            Operator o = newInstance(c, clipboard);
            byKey.put(c.getAnnotation(OperatorDefinition.class).id() + " " + c.getName(), o);
        }
        return new ArrayList<>(byKey.values());
    }

    private static List<Class<?>> classes;

    /** The operator classes of {@link #ROOTS} (scanned once: the jars may be replaced by a build meanwhile). */
    static synchronized List<Class<?>> operatorClasses() {
        if (classes == null) {
            classes = List.copyOf(scan());
        }
        return classes;
    }

    private static List<Class<?>> scan() {
        TreeSet<String> names = new TreeSet<>();
        ClassLoader loader = OperatorCatalog.class.getClassLoader();
        for (String root : ROOTS) {
            try {
                Enumeration<URL> urls = loader.getResources(root);
                while (urls.hasMoreElements()) {
                    collect(urls.nextElement(), root, names);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Class<?>> out = new ArrayList<>();
        for (String name : names) {
            Class<?> c;
            try {
                c = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name, e);
            }
            if (Operator.class.isAssignableFrom(c) && c.isAnnotationPresent(OperatorDefinition.class)
                    && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                out.add(c);
            }
        }
        return out;
    }

    private static void collect(URL url, String root, TreeSet<String> names) throws IOException {
        if (url.getProtocol().equals("jar")) {
            JarURLConnection conn = (JarURLConnection) url.openConnection();
            conn.setUseCaches(false);
            try (JarFile jar = conn.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String n = entries.nextElement().getName();
                    if (n.startsWith(root + "/") && n.endsWith(".class") && !n.contains("$")) {
                        names.add(n.substring(0, n.length() - 6).replace('/', '.'));
                    }
                }
            }
        } else if (url.getProtocol().equals("file")) {
            Path dir;
            try {
                dir = Paths.get(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            Path base = dir;
            for (int i = 0; i < root.split("/").length; i++) {
                base = base.getParent();
            }
            Path classesRoot = base;
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                        .forEach(p -> {
                            String rel = classesRoot.relativize(p).toString().replace('\\', '/');
                            names.add(rel.substring(0, rel.length() - 6).replace('/', '.'));
                        });
            }
        } else {
            throw new IOException("cannot list classes under " + url);
        }
    }

    private static Operator newInstance(Class<?> c, KeyframeClipboard clipboard) {
        try {
            for (Constructor<?> k : c.getConstructors()) {
                Class<?>[] p = k.getParameterTypes();
                if (p.length == 0) {
                    return (Operator) k.newInstance();
                }
                if (p.length == 1 && p[0] == KeyframeClipboard.class) {
                    return (Operator) k.newInstance(clipboard);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate operator " + c.getName(), e);
        }
        throw new IllegalStateException("operator " + c.getName() + " has no public constructor taking nothing or"
                + " the KeyframeClipboard; teach OperatorCatalog how DS would construct it");
    }
}
