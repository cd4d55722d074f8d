package dev.govcheck.policy;

import dev.govcheck.drl.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;

/**
 * A rule set's DRL files as Drools' own parser reads them ({@code DrlParser} → {@code PackageDescr} →
 * {@code RuleDescr} and its pattern and constraint descriptors, each with its position), and what govcheck finds
 * in them before Drools compiles anything: syntax errors, duplicate rule names, and per rule (see
 * {@link RuleReader}) unknown types, fields and enum constants, comparisons of a field with text it can never
 * equal, and the fields, thresholds and roles each rule uses. Drools' compiler reports several of these too, in
 * words that change between versions and often without a line; the errors here come from the descriptors and the
 * fact classes, so they stay put across upgrades (see {@link DrlErrorTranslator} for how the compiler's own
 * messages are then merged).
 */
final class DrlAnalysis {
    private final RuleOutline outline;
    private final List<RuleSetError> errors;
    private final Set<String> unparsed;
    private final Set<String> diagnosed;
    private final Map<String, FactTypes> typesByFile;
    private final Set<String> badImports;
    private final Set<String> badImportTargets;
    private final Map<String, PackageDescr> descriptors;

    private DrlAnalysis(RuleOutline outline, List<RuleSetError> errors, Set<String> unparsed, Set<String> diagnosed,
                        Map<String, FactTypes> typesByFile, Set<String> badImports, Set<String> badImportTargets,
                        Map<String, PackageDescr> descriptors) {
        this.outline = outline;
        this.errors = List.copyOf(errors);
        this.unparsed = Set.copyOf(unparsed);
        this.diagnosed = Set.copyOf(diagnosed);
        this.typesByFile = Map.copyOf(typesByFile);
        this.badImports = Set.copyOf(badImports);
        this.badImportTargets = Set.copyOf(badImportTargets);
        this.descriptors = Map.copyOf(descriptors);
    }

    /** One parsed file: its source, text positions and descriptor (null when it has syntax errors). */
    private record Parsed(RuleCompiler.DrlSource source, DrlText text, PackageDescr descr) {
    }

    static DrlAnalysis of(List<RuleCompiler.DrlSource> sources, ClassLoader loader) {
        List<RuleSetError> errors = new ArrayList<>();
        Set<String> unparsed = new HashSet<>();
        List<Parsed> parsed = new ArrayList<>();
        for (RuleCompiler.DrlSource source : sources) {
            DrlParser parser = new DrlParser();
            PackageDescr descr;
            try {
                descr = parser.parse(false, source.text());
            } catch (DroolsParserException e) {
                descr = null;
            }
            if (parser.hasErrors() || descr == null) {
                unparsed.add(source.fileName());
                for (DroolsError error : parser.getErrors()) {
                    errors.add(DrlErrorTranslator.syntax(source.displayName(), error));
                }
                if (parser.getErrors().isEmpty()) {
                    errors.add(new RuleSetError(source.displayName(), 0, 0, "the file could not be parsed"));
                }
                continue;
            }
            parsed.add(new Parsed(source, new DrlText(source.text()), descr));
        }

        Map<String, String> shownNames = new HashMap<>();
        sources.forEach(s -> shownNames.put(s.fileName(), s.displayName()));
        Map<String, List<Parsed>> byPackage = new LinkedHashMap<>();
        parsed.forEach(p -> byPackage.computeIfAbsent(p.descr().getName(), k -> new ArrayList<>()).add(p));
        List<RuleOutline.RulePlace> places = new ArrayList<>();
        Set<RuleOutline.NameUse> names = new LinkedHashSet<>();
        Set<String> diagnosed = new HashSet<>();
        Map<String, FactTypes> typesByFile = new HashMap<>();
        Set<String> badImports = new HashSet<>();
        Set<String> badImportTargets = new HashSet<>();
        for (Map.Entry<String, List<Parsed>> pkg : byPackage.entrySet()) {
            FactTypes types = types(pkg.getValue(), loader);
            for (Parsed file : pkg.getValue()) {
                for (ImportDescr descr : unknownImports(file, types)) {
                    badImports.add(file.source().fileName());
                    badImportTargets.add(descr.getTarget());
                    errors.add(importError(file, descr));
                }
            }
            Set<String> globals = new HashSet<>();
            pkg.getValue().forEach(f -> f.descr().getGlobals().forEach(g -> globals.add(g.getIdentifier())));
            Set<String> policyGlobals = policyGlobals(pkg.getValue(), types);
            Map<String, RuleOutline.RulePlace> byName = new HashMap<>();
            for (Parsed file : pkg.getValue()) {
                typesByFile.put(file.source().fileName(), types);
                for (RuleDescr rule : file.descr().getRules()) {
                    String shown = file.source().displayName();
                    RuleReader reader = new RuleReader(file.source().fileName(), shown, file.text(), types, globals,
                            policyGlobals);
                    reader.read(rule);
                    RuleOutline.RulePlace place = new RuleOutline.RulePlace(pkg.getKey(), rule.getName(),
                            file.source().fileName(), rule.getLine(), reader.fields(), reader.effects(),
                            reader.proposalTypes());
                    RuleOutline.RulePlace first = byName.putIfAbsent(rule.getName(), place);
                    List<RuleSetError> found = new ArrayList<>(reader.errors());
                    if (first != null) {
                        String where = first.file().equals(place.file()) ? "line " + first.line()
                                : shownNames.get(first.file()) + ":" + first.line();
                        found.add(new RuleSetError(shown, place.line(), rule.getColumn() + 1,
                                "duplicate rule name \"" + rule.getName() + "\" (first at " + where
                                        + "): rule names must be unique in the rule set"));
                    } else {
                        places.add(place);
                    }
                    if (!found.isEmpty()) {
                        diagnosed.add(key(file.source().fileName(), rule.getLine()));
                        errors.addAll(found);
                    }
                    names.addAll(reader.names());
                }
            }
        }
        Map<String, PackageDescr> descriptors = new HashMap<>();
        parsed.forEach(p -> descriptors.put(p.source().fileName(), p.descr()));
        return new DrlAnalysis(new RuleOutline(places, new ArrayList<>(names)), errors, unparsed, diagnosed,
                typesByFile, badImports, badImportTargets, descriptors);
    }

    /** The types the files of one package can name: every file's imports count for all (Drools merges them). */
    private static FactTypes types(List<Parsed> files, ClassLoader loader) {
        List<String> imports = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (Parsed file : files) {
            file.descr().getImports().stream().map(ImportDescr::getTarget).forEach(imports::add);
            file.descr().getClassAndEnumDeclarationDescrs().stream()
                    .map(AbstractClassTypeDeclarationDescr::getTypeName).forEach(declared::add);
        }
        return new FactTypes(imports, declared, loader);
    }

    /** The imports of classes that do not exist (a package import is left to Drools). */
    private static List<ImportDescr> unknownImports(Parsed file, FactTypes types) {
        return file.descr().getImports().stream()
                .filter(i -> !i.getTarget().endsWith(".*") && types.resolve(i.getTarget()) == null).toList();
    }

    private static RuleSetError importError(Parsed file, ImportDescr descr) {
        String message = "import of an unknown class '" + descr.getTarget() + "'";
        int at = file.text().text().indexOf(descr.getTarget(), Math.max(0, descr.getStartCharacter()));
        return at < 0 ? new RuleSetError(file.source().displayName(), descr.getLine(), 0, message)
                : new RuleSetError(file.source().displayName(), file.text().line(at), file.text().column(at), message);
    }

    /** The names of the package's globals of govcheck's Policy type (the default set calls its one "policy"). */
    private static Set<String> policyGlobals(List<Parsed> files, FactTypes types) {
        Set<String> names = new HashSet<>();
        for (Parsed file : files) {
            for (GlobalDescr global : file.descr().getGlobals()) {
                if (types.resolve(global.getType()) == Policy.class) {
                    names.add(global.getIdentifier());
                }
            }
        }
        return names;
    }

    private static String key(String fileName, int ruleLine) {
        return fileName + ":" + ruleLine;
    }

    RuleOutline outline() {
        return outline;
    }

    /** Every mistake found in the descriptors, located. */
    List<RuleSetError> errors() {
        return errors;
    }

    /** The class a type name means in a file (by its name in the folder), or null. */
    Class<?> resolve(String fileName, String name) {
        FactTypes types = typesByFile.get(fileName);
        return types == null ? null : types.resolve(name);
    }

    /** Drools' descriptor of a file that parsed (by its name in the folder): for {@link CompileUnits}. */
    PackageDescr descriptor(String fileName) {
        PackageDescr descr = descriptors.get(fileName);
        if (descr == null) {
            throw new IllegalArgumentException(fileName + " did not parse");
        }
        return descr;
    }

    /** Whether the file (by its name in the folder) has syntax errors: then nothing else is known about it. */
    boolean unparsed(String fileName) {
        return unparsed.contains(fileName);
    }

    /** Whether the file imports a class that does not exist (reported here, so Drools' import errors repeat it). */
    boolean badImport(String fileName) {
        return badImports.contains(fileName);
    }

    /**
     * Whether a message names a class of an import reported as unknown: the rules' Java is compiled with the
     * package's imports, so each rule repeats the import's error.
     */
    boolean aboutBadImport(String message) {
        return badImportTargets.stream().anyMatch(message::contains);
    }

    /** Whether an error was found in the rule whose header is at {@code ruleLine} of the file. */
    boolean diagnosed(String fileName, int ruleLine) {
        return diagnosed.contains(key(fileName, ruleLine));
    }
}
