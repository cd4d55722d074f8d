import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A build step (see the pom): rewrites each signed jar of a folder without its signature files, byte for byte the
 * same classes otherwise. The JVM's class-data sharing never archives a class of a signed jar, and Eclipse's Java
 * compiler (ECJ, which Drools compiles the rules' consequences with) is signed: without this, the launcher's archive
 * lacks its 400-odd classes and every run that compiles rules loads and verifies them from the jar
 * (bench/README.md, phase A of issue 20). Nothing checks the signatures at run time: the jar comes from Maven
 * Central through the build, like every other dependency.
 *
 * <p>Usage: {@code java src/build/UnsignedJars.java FOLDER} (a JDK source-file program: no compile step).
 */
public final class UnsignedJars {
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)",
            Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: UnsignedJars FOLDER");
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            if (signed(jar)) {
                unsign(jar);
                System.out.println("UnsignedJars: " + jar.getFileName() + " without its signature files");
            }
        }
    }

    private static boolean signed(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> SIGNATURE.matcher(e.getName()).matches());
        }
    }

    private static void unsign(Path jar) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (ZipFile zip = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (SIGNATURE.matcher(entry.getName()).matches()) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.setLastModifiedTime(rewritten, Files.getLastModifiedTime(jar));
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
