package org.rasd.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}, checksummed as usual), except that permissions are set through
 * {@code java.nio} instead of a forked {@code chmod} process.
 *
 * <p>Without Hadoop's native library (the usual case: Spark ships none), {@link RawLocalFileSystem} sets the
 * permission of every file and directory it creates by running {@code chmod} in a child process. Forking a JVM with a
 * large heap costs milliseconds of kernel time, charged to the writing task, and the forks of concurrent tasks queue
 * on the process's memory lock: writing the date-partitioned tables of the news benchmark (some 7,000 files and
 * directories with their checksums) cost tens of seconds of system time and made {@code local[2]} no faster than
 * {@code local[1]}. The job installs this class as {@code fs.file.impl} unless the user configured one.
 *
 * <p>The permission bits (owner, group, others; read, write, execute) are set as {@code chmod} would set them; the
 * sticky, setuid and setgid bits are not, which Hadoop never asks for on output files. Where the file store has no
 * POSIX permissions, Hadoop's own method is used.
 */
public class ForklessLocalFileSystem extends LocalFileSystem {
    public ForklessLocalFileSystem() { super(new Raw()); }

    /** The raw (unchecksummed) local file system with permissions set in-process. */
    public static class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            try {
                Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission.toShort()));
            } catch (UnsupportedOperationException e) {
                super.setPermission(p, permission);
            }
        }
    }

    static Set<PosixFilePermission> posix(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = { // from 0400 down to 0001, in chmod's order
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (0400 >> i)) != 0) set.add(bits[i]);
        }
        return set;
    }
}
