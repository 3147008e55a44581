package org.dopesheet.shell;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.felix.service.command.CommandSession;

/** A Gogo session with variables and a current directory only. */
final class FakeSession {
    private FakeSession() {
    }

    static CommandSession create(Path currentDir) {
        Map<String, Object> vars = new HashMap<>();
        return (CommandSession) Proxy.newProxyInstance(FakeSession.class.getClassLoader(),
                new Class<?>[] {CommandSession.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "get":
                        return vars.get((String) args[0]);
                    case "put":
                        return args[1] == null ? vars.remove((String) args[0]) : vars.put((String) args[0], args[1]);
                    case "currentDir":
                        return args == null ? currentDir : null;
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "equals":
                        return proxy == args[0];
                    case "toString":
                        return "FakeSession" + vars;
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            });
    }
}
