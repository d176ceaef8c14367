package com.acme.billing;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class TaxClient {

    private final WebClient webClient = WebClient.create("https://tax.acme.io/api/v2");

    public record TaxRate(String region, BigDecimal rate) {}

    public TaxRate rateFor(String region) {
        return webClient.get()
                .uri("/rates/{region}", region)
                .retrieve()
                .bodyToMono(TaxRate.class)
                .block(Duration.ofSeconds(5));
    }
}
