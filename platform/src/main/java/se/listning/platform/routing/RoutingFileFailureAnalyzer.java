package se.listning.platform.routing;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad routing file at start-up into a short message instead of a stack trace. */
class RoutingFileFailureAnalyzer extends AbstractFailureAnalyzer<RoutingFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RoutingFileException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the lines above (format: docs/platform.md) or start with another"
                        + " --listning.platform.routing-file.", cause);
    }
}
