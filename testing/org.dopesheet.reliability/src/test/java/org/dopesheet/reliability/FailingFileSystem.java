package org.dopesheet.reliability;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default file system with failures injected, for interrupting {@code DocumentFiles.save}
 * without touching its code: it works on any {@link Path} through the path's provider
 * ({@code Files.createFile}, {@code FileChannel.open}, {@code Files.move}), so paths of this
 * file system ({@link #path}) route every call here, and here to the real files.
 * <p>
 * A {@link Plan} says what fails: writes after a number of bytes (the bytes before it reach
 * the file, as when a disk fills up), {@code force}, the move, or only the atomic move (which
 * save answers by replacing).
 */
final class FailingFileSystem extends FileSystem {
    /** What to break. */
    record Plan(long failAfterBytes, boolean failForce, boolean failMove, boolean noAtomicMove) {
        static final Plan NONE = new Plan(-1, false, false, false);

        static Plan writeFailsAfter(long bytes) {
            return new Plan(bytes, false, false, false);
        }
    }

    /** The exception a planned failure throws. */
    static final class InjectedFailure extends IOException {
        private static final long serialVersionUID = 1L;

        InjectedFailure(String message) {
            super(message);
        }
    }

    private final FileSystem real = FileSystems.getDefault();
    private final FileSystemProvider realProvider = real.provider();
    private final Provider provider = new Provider();
    private volatile Plan plan = Plan.NONE;
    /** Bytes written through this file system under the current plan. */
    private long written;

    void plan(Plan p) {
        plan = p;
        written = 0;
    }

    /** This file system's view of a real path. */
    Path path(Path realPath) {
        return new WrappedPath(this, realPath);
    }

    static Path unwrap(Path p) {
        return p instanceof WrappedPath ? ((WrappedPath) p).real : p;
    }

    Path wrap(Path p) {
        return p == null ? null : new WrappedPath(this, p);
    }

    // ---- FileSystem ---------------------------------------------------------------------------------

    @Override
    public FileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("the default file system cannot be closed");
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String getSeparator() {
        return real.getSeparator();
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        List<Path> out = new ArrayList<>();
        real.getRootDirectories().forEach(p -> out.add(wrap(p)));
        return out;
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return real.getFileStores();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return real.supportedFileAttributeViews();
    }

    @Override
    public Path getPath(String first, String... more) {
        return wrap(real.getPath(first, more));
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        PathMatcher m = real.getPathMatcher(syntaxAndPattern);
        return p -> m.matches(unwrap(p));
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        return real.getUserPrincipalLookupService();
    }

    @Override
    public WatchService newWatchService() throws IOException {
        return real.newWatchService();
    }

    // ---- provider -----------------------------------------------------------------------------------

    private final class Provider extends FileSystemProvider {
        @Override
        public String getScheme() {
            return "failing";
        }

        @Override
        public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileSystem getFileSystem(URI uri) {
            return FailingFileSystem.this;
        }

        @Override
        public Path getPath(URI uri) {
            return wrap(realProvider.getPath(uri));
        }

        @Override
        public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
                throws IOException {
            return realProvider.newByteChannel(unwrap(path), options, attrs);
        }

        @Override
        public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
                throws IOException {
            FileChannel ch = realProvider.newFileChannel(unwrap(path), options, attrs);
            return options.contains(StandardOpenOption.WRITE) ? new Failing(ch) : ch;
        }

        @Override
        public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
                throws IOException {
            DirectoryStream<Path> ds = realProvider.newDirectoryStream(unwrap(dir), p -> filter.accept(wrap(p)));
            return new DirectoryStream<>() {
                @Override
                public java.util.Iterator<Path> iterator() {
                    java.util.Iterator<Path> it = ds.iterator();
                    return new java.util.Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Path next() {
                            return wrap(it.next());
                        }
                    };
                }

                @Override
                public void close() throws IOException {
                    ds.close();
                }
            };
        }

        @Override
        public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
            realProvider.createDirectory(unwrap(dir), attrs);
        }

        @Override
        public void delete(Path path) throws IOException {
            realProvider.delete(unwrap(path));
        }

        @Override
        public void copy(Path source, Path target, CopyOption... options) throws IOException {
            realProvider.copy(unwrap(source), unwrap(target), options);
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) throws IOException {
            Plan p = plan;
            if (p.failMove) {
                throw new InjectedFailure("injected: moving " + source.getFileName() + " failed");
            }
            if (p.noAtomicMove && Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(source.toString(), target.toString(), "injected");
            }
            realProvider.move(unwrap(source), unwrap(target), options);
        }

        @Override
        public boolean isSameFile(Path path, Path path2) throws IOException {
            return realProvider.isSameFile(unwrap(path), unwrap(path2));
        }

        @Override
        public boolean isHidden(Path path) throws IOException {
            return realProvider.isHidden(unwrap(path));
        }

        @Override
        public FileStore getFileStore(Path path) throws IOException {
            return realProvider.getFileStore(unwrap(path));
        }

        @Override
        public void checkAccess(Path path, AccessMode... modes) throws IOException {
            realProvider.checkAccess(unwrap(path), modes);
        }

        @Override
        public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
            return realProvider.getFileAttributeView(unwrap(path), type, options);
        }

        @Override
        public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
                throws IOException {
            return realProvider.readAttributes(unwrap(path), type, options);
        }

        @Override
        public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
                throws IOException {
            return realProvider.readAttributes(unwrap(path), attributes, options);
        }

        @Override
        public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
            realProvider.setAttribute(unwrap(path), attribute, value, options);
        }
    }

    // ---- a writable channel that fails as planned ---------------------------------------------------------------

    private final class Failing extends FileChannel {
        private final FileChannel ch;

        Failing(FileChannel ch) {
            this.ch = ch;
        }

        /** How many of {@code wanted} bytes may still be written; throws once the budget is spent. */
        private int allowance(int wanted) throws IOException {
            long limit = plan.failAfterBytes;
            if (limit < 0) {
                return wanted;
            }
            long left = limit - written;
            if (left <= 0 && wanted > 0) {
                throw new InjectedFailure("injected: no space left after " + limit + " bytes");
            }
            return (int) Math.min(wanted, left);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = allowance(src.remaining());
            ByteBuffer part = src.duplicate();
            part.limit(part.position() + n);
            int w = ch.write(part);
            src.position(src.position() + w);
            written += w;
            return w;
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += write(srcs[i]);
            }
            return total;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            int n = allowance(src.remaining());
            ByteBuffer part = src.duplicate();
            part.limit(part.position() + n);
            int w = ch.write(part, position);
            src.position(src.position() + w);
            written += w;
            return w;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            if (plan.failForce) {
                throw new InjectedFailure("injected: force failed");
            }
            ch.force(metaData);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return ch.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return ch.read(dsts, offset, length);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return ch.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return ch.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            ch.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return ch.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            ch.truncate(size);
            return this;
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return ch.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            throw new IOException("transferFrom is not supported by the failing file system");
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            throw new IOException("map is not supported by the failing file system");
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return ch.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return ch.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            ch.close();
        }
    }

    // ---- paths --------------------------------------------------------------------------------------

    private static final class WrappedPath implements Path {
        final FailingFileSystem fs;
        final Path real;

        WrappedPath(FailingFileSystem fs, Path real) {
            this.fs = fs;
            this.real = real;
        }

        @Override
        public FileSystem getFileSystem() {
            return fs;
        }

        @Override
        public boolean isAbsolute() {
            return real.isAbsolute();
        }

        @Override
        public Path getRoot() {
            return fs.wrap(real.getRoot());
        }

        @Override
        public Path getFileName() {
            return fs.wrap(real.getFileName());
        }

        @Override
        public Path getParent() {
            return fs.wrap(real.getParent());
        }

        @Override
        public int getNameCount() {
            return real.getNameCount();
        }

        @Override
        public Path getName(int index) {
            return fs.wrap(real.getName(index));
        }

        @Override
        public Path subpath(int beginIndex, int endIndex) {
            return fs.wrap(real.subpath(beginIndex, endIndex));
        }

        @Override
        public boolean startsWith(Path other) {
            return real.startsWith(unwrap(other));
        }

        @Override
        public boolean endsWith(Path other) {
            return real.endsWith(unwrap(other));
        }

        @Override
        public Path normalize() {
            return fs.wrap(real.normalize());
        }

        @Override
        public Path resolve(Path other) {
            return fs.wrap(real.resolve(unwrap(other)));
        }

        @Override
        public Path resolve(String other) {
            return fs.wrap(real.resolve(other));
        }

        @Override
        public Path relativize(Path other) {
            return fs.wrap(real.relativize(unwrap(other)));
        }

        @Override
        public URI toUri() {
            return real.toUri();
        }

        @Override
        public Path toAbsolutePath() {
            return fs.wrap(real.toAbsolutePath());
        }

        @Override
        public Path toRealPath(LinkOption... options) throws IOException {
            return fs.wrap(real.toRealPath(options));
        }

        @Override
        public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers)
                throws IOException {
            return real.register(watcher, events, modifiers);
        }

        @Override
        public int compareTo(Path other) {
            return real.compareTo(unwrap(other));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WrappedPath && ((WrappedPath) o).real.equals(real);
        }

        @Override
        public int hashCode() {
            return real.hashCode();
        }

        @Override
        public String toString() {
            return real.toString();
        }
    }
}
