package com.acme.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceController {

    private static final Logger log = LoggerFactory.getLogger(InvoiceController.class);

    private final TaxClient taxClient;
    private final LedgerClient ledgerClient;

    public InvoiceController(TaxClient taxClient, LedgerClient ledgerClient) {
        this.taxClient = taxClient;
        this.ledgerClient = ledgerClient;
    }

    public record InvoiceRequest(String region, long netCents) {}

    public record Invoice(String id, long netCents, long taxCents) {}

    @PostMapping("/{id}")
    public Invoice issue(@PathVariable String id, @RequestBody InvoiceRequest request) {
        BigDecimal rate = taxClient.rateFor(request.region()).rate();
        long tax = rate.multiply(BigDecimal.valueOf(request.netCents())).setScale(0, RoundingMode.HALF_UP).longValueExact();
        ledgerClient.post(id, request.netCents() + tax);
        log.info("issued invoice {} for region {}", id, request.region());
        return new Invoice(id, request.netCents(), tax);
    }
}
