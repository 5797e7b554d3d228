package org.rasd.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForklessLocalFileSystemTest {
    @TempDir
    Path tmp;

    @Test
    void modeBitsMapAsChmodMapsThem() {
        assertThat(ForklessLocalFileSystem.posix(0644)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(ForklessLocalFileSystem.posix(0755)).isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(ForklessLocalFileSystem.posix(0710)).isEqualTo(PosixFilePermissions.fromString("rwx--x---"));
        assertThat(ForklessLocalFileSystem.posix(01777)).isEqualTo(PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(ForklessLocalFileSystem.posix(0)).isEmpty();
    }

    @Test
    void createsFilesAndDirectoriesWithTheRequestedPermissions() throws Exception {
        Configuration conf = new Configuration(false);
        conf.set("fs.permissions.umask-mode", "022");
        try (ForklessLocalFileSystem fs = new ForklessLocalFileSystem()) {
            fs.initialize(java.net.URI.create("file:///"), conf);
            org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(tmp.resolve("a/b").toUri());
            assertThat(fs.mkdirs(dir, new FsPermission((short) 0750))).isTrue();
            try (var out = fs.create(new org.apache.hadoop.fs.Path(dir, "f.txt"))) {
                out.writeBytes("x");
            }
            fs.setPermission(new org.apache.hadoop.fs.Path(dir, "f.txt"), new FsPermission((short) 0600));
            assertThat(Files.getPosixFilePermissions(tmp.resolve("a/b"))).isEqualTo(PosixFilePermissions.fromString("rwxr-x---"));
            assertThat(Files.getPosixFilePermissions(tmp.resolve("a/b/f.txt"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(tmp.resolve("a/b/.f.txt.crc")).exists(); // still Hadoop's checksummed local file system
        }
    }
}
