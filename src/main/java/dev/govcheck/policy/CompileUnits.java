package dev.govcheck.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Splits a rule set into the units it is compiled and cached in, so that changing one DRL file recompiles that
 * file alone. Drools builds all files of one DRL package together, and a file may use what another file of the
 * package declares; the default rules rely on that (common.drl holds the imports and the global for all of them).
 *
 * <p>A file whose package shares only imports and globals is a unit of its own: it is compiled with a header, a
 * DRL text of the package's other imports and globals, which is exactly what it could see in a build of the whole
 * package (rule names are unique in a rule set, so the compiled classes of two units never clash). A package whose
 * files share more is one unit of all its files: a function called from another file, type declarations, queries,
 * entry points or windows, rule units, or package-wide attributes. The split is decided from Drools' descriptors
 * of the files ({@link DrlAnalysis}); units come in file-name order, packages by their first file.
 */
final class CompileUnits {
    private CompileUnits() {
    }

    /** The units of {@code sources} (sorted by file name), each file in exactly one; every file must have parsed. */
    static List<CompileUnit> of(List<RuleCompiler.DrlSource> sources, DrlAnalysis analysis) {
        Map<String, List<RuleCompiler.DrlSource>> byPackage = new LinkedHashMap<>();
        for (RuleCompiler.DrlSource source : sources) {
            byPackage.computeIfAbsent(analysis.descriptor(source.fileName()).getName(), k -> new ArrayList<>())
                    .add(source);
        }
        List<CompileUnit> units = new ArrayList<>();
        byPackage.forEach((pkg, files) -> {
            if (files.size() == 1 || !separable(files, analysis)) {
                units.add(new CompileUnit(pkg, files, ""));
                return;
            }
            for (RuleCompiler.DrlSource file : files) {
                units.add(new CompileUnit(pkg, List.of(file), header(pkg, file, files, analysis)));
            }
        });
        return units;
    }

    /** Whether the package's files share nothing but imports and globals. */
    private static boolean separable(List<RuleCompiler.DrlSource> files, DrlAnalysis analysis) {
        for (RuleCompiler.DrlSource file : files) {
            PackageDescr descr = analysis.descriptor(file.fileName());
            if (!descr.getTypeDeclarations().isEmpty() || !descr.getEnumDeclarations().isEmpty()
                    || !descr.getEntryPointDeclarations().isEmpty() || !descr.getWindowDeclarations().isEmpty()
                    || !descr.getAttributes().isEmpty() || descr.getUnit() != null
                    || descr.getRules().stream().anyMatch(RuleDescr::isQuery)) {
                return false;
            }
            for (FunctionDescr function : descr.getFunctions()) {
                // a mention anywhere in another file (even in a comment) keeps the package whole: never too little
                Pattern name = Pattern.compile("\\b" + Pattern.quote(function.getName()) + "\\b");
                if (files.stream().anyMatch(other -> other != file && name.matcher(other.text()).find())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The package's imports and globals declared in files other than {@code file}, as DRL. */
    private static String header(String pkg, RuleCompiler.DrlSource file, List<RuleCompiler.DrlSource> files,
                                 DrlAnalysis analysis) {
        Set<String> lines = new LinkedHashSet<>();
        for (RuleCompiler.DrlSource other : files) {
            if (other == file) {
                continue;
            }
            PackageDescr descr = analysis.descriptor(other.fileName());
            for (ImportDescr i : descr.getImports()) {
                lines.add("import " + i.getTarget() + ";");
            }
            for (FunctionImportDescr i : descr.getFunctionImports()) {
                lines.add("import function " + i.getTarget() + ";");
            }
            for (AccumulateImportDescr i : descr.getAccumulateImports()) {
                lines.add("import accumulate " + i.getTarget() + " " + i.getFunctionName() + ";");
            }
            for (GlobalDescr g : descr.getGlobals()) {
                lines.add("global " + g.getType() + " " + g.getIdentifier() + ";");
            }
        }
        return (pkg.isEmpty() ? "" : "package " + pkg + ";\n") + String.join("\n", lines) + "\n";
    }
}
