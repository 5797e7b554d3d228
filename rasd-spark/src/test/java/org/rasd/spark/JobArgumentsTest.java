package org.rasd.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {
    @Test
    void parsesEveryOption() {
        JobArguments a = JobArguments.parse("--out", "hdfs:///o", "--overwrite", "--input-format", "jsonl", "--field", "text=body",
                "--max-bytes", "1000", "--lexicon", "lex", "--partitions", "7", "--window-days", "5", "--master", "local[2]",
                "s3a://b/x/*.jsonl.gz", "file:///d");
        assertThat(a.inputs()).containsExactly("s3a://b/x/*.jsonl.gz", "file:///d");
        assertThat(a.output()).isEqualTo("hdfs:///o");
        assertThat(a.overwrite()).isTrue();
        assertThat(a.settings()).isEqualTo(new JobSettings("jsonl", Map.of("text", "body"), 1000, List.of("lex")));
        assertThat(a.settings().jsonFields().text()).containsExactly("body");
        assertThat(a.partitions()).isEqualTo(7);
        assertThat(a.windowDays()).isEqualTo(5);
        assertThat(a.master()).isEqualTo("local[2]");
    }

    @Test
    void badUsageSaysWhy() {
        assertThatThrownBy(() -> JobArguments.parse("in")).hasMessage("missing --out DIR");
        assertThatThrownBy(() -> JobArguments.parse("--out", "o")).hasMessage("no input PATH");
        assertThatThrownBy(() -> JobArguments.parse("--out", "o", "--bogus", "x")).hasMessage("unknown option '--bogus'");
        assertThatThrownBy(() -> JobArguments.parse("--out", "o", "--partitions", "many", "x")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> JobArguments.parse("--out", "o", "--input-format", "docx", "x")).hasMessageContaining("unknown input format");
        assertThatThrownBy(() -> JobArguments.parse("--out", "o", "--field", "body", "x")).hasMessageContaining("PART=NAME");
        assertThatThrownBy(() -> JobArguments.parse("--out", "o", "--field", "words=body", "x")).hasMessageContaining("unknown record part");
        assertThatThrownBy(() -> JobArguments.parse("--out")).hasMessage("--out needs a value");
    }
}
