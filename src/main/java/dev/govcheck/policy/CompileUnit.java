package dev.govcheck.policy;

import java.util.List;

/**
 * What is compiled, cached and loaded as one piece: usually one DRL file, with {@code header} holding the
 * declarations of its package that other files make (imports and globals, as DRL), which Drools would let it use
 * if the package were built whole. A package whose files share more than that (a function one of them calls from
 * another, declared types, queries) is one unit of all its files, with no header. See {@link CompileUnits}.
 */
record CompileUnit(String pkg, List<RuleCompiler.DrlSource> files, String header) {
    CompileUnit {
        files = List.copyOf(files);
    }

    RuleBaseKey key() {
        return RuleBaseKey.ofUnit(this);
    }

    /** The unit's files by name, for messages ("approvals.drl", "a.drl + b.drl"). */
    String describe() {
        return String.join(" + ", files.stream().map(RuleCompiler.DrlSource::fileName).toList());
    }
}
