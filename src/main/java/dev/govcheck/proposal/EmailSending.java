package dev.govcheck.proposal;

/**
 * How a SaaS tool will send email: how many messages a day ({@code dailyVolume}, 0 when not stated), the sender
 * authentication in place before the first bulk send (SPF, DKIM, DMARC with the From domain aligned),
 * one-click unsubscribe (RFC 8058), and whether it sends only transactional mail (receipts and notices).
 */
public record EmailSending(long dailyVolume, boolean spf, boolean dkim, boolean dmarc, boolean oneClickUnsubscribe,
                           boolean transactionalOnly) {
    /** A tool that states no email sending sends none. */
    static final EmailSending NONE = new EmailSending(0, false, false, false, false, false);
}
