package dev.govcheck.policy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * A rule set compiled to Drools' executable model: the generated classes (rules as Java lambdas) and the names of
 * the model classes that list the rules. Turning it into a KieBase defines those classes and builds the network,
 * without parsing DRL or compiling Java; this is what makes a cached run fast.
 *
 * <p>Its byte form is what the cache stores: a header, the key it was built for, the classes, and a CRC-32C of all
 * of it at the end, so that a truncated, damaged or foreign file is recognised and never loaded. (A CRC catches
 * accidental damage as well as a cryptographic digest does, and costs a tenth on a cold JVM: this check is on
 * the path of every cached run. The key itself, which names the rules, is a SHA-256.)
 */
final class RuleBaseArchive {
    private static final byte[] MAGIC = "GOVCHECK-RULE-BASE\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECKSUM_LENGTH = Long.BYTES;
    private static final int MAX_ENTRIES = 1_000_000;

    private final List<String> modelClasses;
    private final Map<String, byte[]> classes;

    RuleBaseArchive(List<String> modelClasses, Map<String, byte[]> classes) {
        this.modelClasses = List.copyOf(modelClasses);
        this.classes = Collections.unmodifiableMap(new TreeMap<>(classes));
    }

    /** Reads what Drools' executable-model build produced (a kjar): its classes and its model class names. */
    static RuleBaseArchive fromKjar(byte[] kjar) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        List<String> models = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                            zip.readAllBytes());
                } else if (name.endsWith("/drools-model")) {
                    // "Drools-Model-Version:10.2.0" then one model class name per line
                    new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.contains(":")).forEach(models::add);
                }
            }
        }
        if (models.isEmpty()) {
            throw new IOException("the executable-model build produced no model class");
        }
        return new RuleBaseArchive(models, classes);
    }

    /** Defines the classes in a loader of their own and builds a KieBase from the models. */
    KieBase toKieBase() throws ReflectiveOperationException {
        ArchiveClassLoader loader = new ArchiveClassLoader(classes, RuleBaseArchive.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            models.add((Model) loader.loadClass(name).getConstructor().newInstance());
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    List<String> modelClasses() {
        return modelClasses;
    }

    int classCount() {
        return classes.size();
    }

    byte[] toBytes(RuleBaseKey key) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            out.write(MAGIC);
            out.writeInt(RuleBaseKey.FORMAT);
            out.writeUTF(key.hex());
            out.writeInt(modelClasses.size());
            for (String model : modelClasses) {
                out.writeUTF(model);
            }
            out.writeInt(classes.size());
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(entry.getValue().length);
                out.write(entry.getValue());
            }
            out.flush();
            out.writeLong(checksum(buffer.toByteArray(), buffer.size()));
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    /** Reads the byte form back, checking the checksum, the header and that it was built for {@code key}. */
    static RuleBaseArchive fromBytes(byte[] bytes, RuleBaseKey key) throws CorruptArchiveException {
        if (bytes.length < MAGIC.length + CHECKSUM_LENGTH) {
            throw new CorruptArchiveException("too short (" + bytes.length + " bytes)");
        }
        int bodyLength = bytes.length - CHECKSUM_LENGTH;
        long stored = ByteBuffer.wrap(bytes, bodyLength, CHECKSUM_LENGTH).getLong();
        if (stored != checksum(bytes, bodyLength)) {
            throw new CorruptArchiveException("checksum mismatch");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bodyLength))) {
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
                throw new CorruptArchiveException("not a govcheck rule base");
            }
            int format = in.readInt();
            if (format != RuleBaseKey.FORMAT) {
                throw new CorruptArchiveException("format " + format + ", expected " + RuleBaseKey.FORMAT);
            }
            String builtFor = in.readUTF();
            if (!builtFor.equals(key.hex())) {
                throw new CorruptArchiveException("built for another rule set (" + builtFor + ")");
            }
            List<String> models = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                models.add(in.readUTF());
            }
            Map<String, byte[]> classes = new TreeMap<>();
            for (int i = count(in); i > 0; i--) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    throw new CorruptArchiveException("class " + name + " claims " + length + " bytes");
                }
                classes.put(name, in.readNBytes(length));
            }
            if (in.available() != 0 || models.isEmpty()) {
                throw new CorruptArchiveException("unexpected layout");
            }
            return new RuleBaseArchive(models, classes);
        } catch (IOException e) {
            throw new CorruptArchiveException("unreadable: " + e);
        }
    }

    /** CRC-32C of the first {@code length} bytes, and the length itself in the high half (a second check on a cut). */
    private static long checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return ((long) length << 32) ^ crc.getValue();
    }

    private static int count(DataInputStream in) throws IOException, CorruptArchiveException {
        int count = in.readInt();
        if (count < 0 || count > MAX_ENTRIES) {
            throw new CorruptArchiveException("implausible count " + count);
        }
        return count;
    }

    /** The byte form is damaged or is not what the key names. */
    static final class CorruptArchiveException extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptArchiveException(String message) {
            super(message);
        }
    }

    /** Defines the archive's classes on demand; everything else comes from govcheck's own loader. */
    private static final class ArchiveClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        ArchiveClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("govcheck-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public java.io.InputStream getResourceAsStream(String name) {
            // Drools reads a lambda's bytecode to fingerprint it when lambdas are not externalised
            if (name.endsWith(".class")) {
                byte[] bytes = classes.get(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                if (bytes != null) {
                    return new ByteArrayInputStream(bytes);
                }
            }
            return super.getResourceAsStream(name);
        }
    }
}
