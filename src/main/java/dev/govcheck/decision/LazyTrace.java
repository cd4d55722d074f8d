package dev.govcheck.decision;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A decision's firing trace, built the first time something reads it. Building it is most of the fold's work, and
 * most runs print no trace (a {@code check -f json} of many files reads none). An immutable list like the one
 * {@link Decision} would otherwise copy; once built, what it was built from is let go.
 */
public final class LazyTrace extends AbstractList<FiredRule> {
    private Supplier<List<FiredRule>> build;
    private volatile List<FiredRule> built;

    public LazyTrace(Supplier<List<FiredRule>> build) {
        this.build = build;
    }

    private List<FiredRule> trace() {
        List<FiredRule> trace = built;
        if (trace == null) {
            synchronized (this) {
                trace = built;
                if (trace == null) {
                    trace = List.copyOf(build.get());
                    built = trace;
                    build = null;
                }
            }
        }
        return trace;
    }

    @Override
    public FiredRule get(int index) {
        return trace().get(index);
    }

    @Override
    public int size() {
        return trace().size();
    }
}
