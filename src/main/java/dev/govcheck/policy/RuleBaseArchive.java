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
import org.kie.api.definition.KiePackage;

/**
 * A cache entry in the form it is stored, in Drools' own serialization: a unit's knowledge packages (the rules'
 * definitions and the bytecode the Java compiler made of the consequences), or a rule set: the {@link RuleOutline}
 * of its DRL with the packages of all its units put together ({@link RuleBaseAssembly}). Reading a rule set back
 * gives Drools what it needs to build a KieBase without parsing DRL or running a compiler; that is what makes a
 * cached run fast.
 *
 * <p>The byte form: a header, the key it was built for, the payload, and a CRC-32C of all of it at the end, so
 * that a truncated, damaged or foreign file is recognised and never loaded. (A CRC catches accidental damage as
 * well as a cryptographic digest does and costs a tenth on a cold JVM; the key itself, which names the rules, is
 * a SHA-256.) The cache folder is trusted like the rules themselves: it is the user's own, and what it holds is
 * code. A folder other people can write to must not be given to {@code --cache-dir}.
 */
final class RuleBaseArchive {
    private static final byte[] MAGIC = "GOVCHECK-RULE-BASE\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECKSUM_LENGTH = Long.BYTES;

    private final byte[] payload;

    /** Wraps bytes said to be a serialized payload (checked only when {@link #packages} or {@link #set} reads them). */
    RuleBaseArchive(byte[] payload) {
        this.payload = payload;
    }

    /** The serialized form of a unit's freshly compiled packages. */
    static RuleBaseArchive ofPackages(Collection<KiePackage> packages) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(buffer)) {
            out.writeObject(new ArrayList<>(packages));
        } catch (IOException e) {
            throw new IllegalStateException("Drools cannot serialize these packages: " + e, e);
        }
        return new RuleBaseArchive(buffer.toByteArray());
    }

    /** The serialized form of a rule set: the outline of its DRL and its units' packages put together. */
    static RuleBaseArchive ofSet(RuleOutline outline, RuleBaseAssembly.Assembled assembled) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        // one stream for both: the readers the assembly keeps must stay the objects the packages' rules hold
        try (ObjectOutputStream out = new DroolsObjectOutputStream(buffer)) {
            out.writeObject(outline);
            out.writeObject(assembled);
        } catch (IOException e) {
            throw new IllegalStateException("Drools cannot serialize this rule set: " + e, e);
        }
        return new RuleBaseArchive(buffer.toByteArray());
    }

    /** What a rule set's entry holds: the outline of its DRL and its units' packages put together. */
    record SetContents(RuleOutline outline, RuleBaseAssembly.Assembled assembled) {
    }

    /** The packages of a unit; a failure means the bytes do not fit this govcheck or Drools. */
    Collection<KiePackage> packages() throws CorruptArchiveException {
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(payload),
                RuleBaseArchive.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
            return packages;
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new CorruptArchiveException("the packages do not load: " + e);
        }
    }

    /** A rule set's contents; a failure means the bytes do not fit this govcheck or Drools. */
    SetContents set() throws CorruptArchiveException {
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(payload),
                RuleBaseArchive.class.getClassLoader())) {
            return new SetContents((RuleOutline) in.readObject(), (RuleBaseAssembly.Assembled) in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new CorruptArchiveException("the rule set does not load: " + e);
        }
    }

    int size() {
        return payload.length;
    }

    byte[] toBytes(RuleBaseKey key) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(payload.length + 256);
            DataOutputStream out = new DataOutputStream(buffer);
            out.write(MAGIC);
            out.writeInt(RuleBaseKey.FORMAT);
            out.writeUTF(key.hex());
            out.writeInt(payload.length);
            out.write(payload);
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
