package dev.govcheck.policy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.zip.CRC32C;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * A compiled rule set in the form the cache stores: Drools' own serialization of the knowledge packages, which
 * holds the rule network's definitions and the bytecode the Java compiler made of the consequences, followed by
 * the {@link RuleOutline} of the DRL (rule places, fields read, names used). Reading it back builds a KieBase
 * without parsing DRL or running a compiler; that is what makes a cached run fast.
 *
 * <p>The byte form: a header, the key it was built for, the packages, and a CRC-32C of all of it at the end, so
 * that a truncated, damaged or foreign file is recognised and never loaded. (A CRC catches accidental damage as
 * well as a cryptographic digest does and costs a tenth on a cold JVM; the key itself, which names the rules, is
 * a SHA-256.) The cache folder is trusted like the rules themselves: it is the user's own, and what it holds is
 * code. A folder other people can write to must not be given to {@code --cache-dir}.
 */
final class RuleBaseArchive {
    private static final byte[] MAGIC = "GOVCHECK-RULE-BASE\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECKSUM_LENGTH = Long.BYTES;

    private final byte[] packages;

    /** Wraps bytes said to be serialized packages (checked only when {@link #toKieBase} reads them). */
    RuleBaseArchive(byte[] packages) {
        this.packages = packages;
    }

    /** What the cache gives back: the rule base and the outline of the DRL it was compiled from. */
    record Contents(KieBase kieBase, RuleOutline outline) {
    }

    /** The serialized packages of a freshly compiled {@code kieBase}, with the outline of its DRL. */
    static RuleBaseArchive of(KieBase kieBase, RuleOutline outline) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(buffer)) {
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            out.writeObject(outline);
        } catch (IOException e) {
            throw new IllegalStateException("Drools cannot serialize this rule base: " + e, e);
        }
        return new RuleBaseArchive(buffer.toByteArray());
    }

    /** Builds a KieBase from the packages; a failure means the bytes do not fit this govcheck or Drools. */
    Contents read() throws CorruptArchiveException {
        Collection<KiePackage> read;
        RuleOutline outline;
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(packages),
                RuleBaseArchive.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packageList = (Collection<KiePackage>) in.readObject();
            read = packageList;
            outline = (RuleOutline) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new CorruptArchiveException("the packages do not load: " + e);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(read);
        return new Contents(kieBase, outline);
    }

    int size() {
        return packages.length;
    }

    byte[] toBytes(RuleBaseKey key) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(packages.length + 256);
            DataOutputStream out = new DataOutputStream(buffer);
            out.write(MAGIC);
            out.writeInt(RuleBaseKey.FORMAT);
            out.writeUTF(key.hex());
            out.writeInt(packages.length);
            out.write(packages);
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
            int length = in.readInt();
            if (length <= 0 || length != in.available()) {
                throw new CorruptArchiveException("unexpected layout");
            }
            return new RuleBaseArchive(in.readNBytes(length));
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

    /** The byte form is damaged or is not what the key names. */
    static final class CorruptArchiveException extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptArchiveException(String message) {
            super(message);
        }
    }
}
