package org.rasd.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.rasd.core.model.Reject;

/**
 * Driver side: expands the input paths (any Hadoop URI, globs allowed) into files, as {@code rasd extract} does for
 * local paths: directories recursively and sorted, hidden files skipped ('.' and, as in Spark and Hadoop, '_').
 * Parquet files (by extension, or all files with {@code --input-format parquet}) are read with Spark's Parquet reader,
 * the others with the core's readers. A path that matches nothing is a reject, not a silent omission.
 *
 * @param files   files for the core's readers
 * @param parquet Parquet files
 * @param rejects paths that could not be listed
 */
public record InputListing(List<String> files, List<String> parquet, List<Reject> rejects) {

    public static InputListing of(List<String> inputs, boolean allParquet, Configuration conf) {
        List<String> files = new ArrayList<>(), parquet = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matched = fs.globStatus(path);
                if (matched == null || matched.length == 0) {
                    rejects.add(new Reject(input, "no such file"));
                    continue;
                }
                List<String> found = new ArrayList<>();
                for (FileStatus st : matched) {
                    if (st.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                        while (it.hasNext()) {
                            LocatedFileStatus f = it.next();
                            if (f.isFile() && !hidden(st.getPath(), f.getPath())) found.add(f.getPath().toString());
                        }
                    } else {
                        found.add(st.getPath().toString());
                    }
                }
                found.sort(null);
                for (String f : found) (allParquet || isParquet(f) ? parquet : files).add(f);
            } catch (IOException | IllegalArgumentException e) {
                rejects.add(new Reject(input, "cannot list: " + e.getMessage()));
            }
        }
        return new InputListing(List.copyOf(files), List.copyOf(parquet), List.copyOf(rejects));
    }

    static boolean isParquet(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    private static boolean hidden(Path root, Path file) {
        String r = root.toUri().getPath(), f = file.toUri().getPath();
        String rel = f.startsWith(r) ? f.substring(r.length()) : file.getName();
        for (String part : rel.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) return true;
        }
        return false;
    }
}
