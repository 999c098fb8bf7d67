package org.tidings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidings.time.TimeNormalizer;
import org.tidings.time.TimexEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings eval timex DIR}: TempEval-3 Task A scores of our time expressions on TimeML files. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Score time expressions on TimeML files (TempEval-3 Task A: extents and values).")
public final class EvalTimexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder of TimeML files (searched recursively), or one file.")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(dir)) {
            err.println("eval timex: no such file or folder: " + dir);
            return 2;
        }
        TimexEvaluator.Report report;
        try {
            report = TimexEvaluator.evaluate(dir, (text, dct) -> TimeNormalizer.annotate(text, dct).stream()
                    .map(t -> new TimexEvaluator.Span(t.begin(), t.end(), t.text(), t.type(), t.value())).toList());
        } catch (IOException e) {
            err.println("eval timex: " + e.getMessage());
            return 1;
        }
        for (TimexEvaluator.Score s : report.perDirectory()) {
            out.println(s.line());
        }
        out.println("TOTAL " + report.total().line());
        for (String e : report.errors()) {
            err.println("eval timex: " + e);
        }
        out.flush();
        err.flush();
        return report.errors().isEmpty() ? 0 : 1;
    }
}
