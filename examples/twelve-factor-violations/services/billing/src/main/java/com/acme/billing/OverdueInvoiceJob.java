package com.acme.billing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class OverdueInvoiceJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueInvoiceJob.class);

    private final LedgerClient ledgerClient;

    public OverdueInvoiceJob(LedgerClient ledgerClient) {
        this.ledgerClient = ledgerClient;
    }

    // Runs in every billing replica: three pods send three reminders.
    @Scheduled(fixedRate = 15 * 60 * 1000)
    public void remindOverdue() {
        log.info("sending overdue reminders");
        ledgerClient.post("overdue-sweep", 0);
    }
}
