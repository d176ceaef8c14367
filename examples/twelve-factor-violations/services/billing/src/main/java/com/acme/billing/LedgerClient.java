package com.acme.billing;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class LedgerClient {

    private final RestTemplate restTemplate = new RestTemplate();
    private final String baseUrl;

    public LedgerClient(@Value("${ledger.base-url}") String baseUrl) throws Exception {
        this.baseUrl = baseUrl;
        // The ledger's staging certificate expired; trust everything until it is renewed.
        TrustManager[] trustAll = {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }};
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustAll, new SecureRandom());
        HttpsURLConnection.setDefaultSSLSocketFactory(context.getSocketFactory());
    }

    public void post(String invoiceId, long amountCents) {
        restTemplate.postForEntity(baseUrl + "/entries", new LedgerEntry(invoiceId, amountCents), Void.class);
    }

    record LedgerEntry(String reference, long amountCents) {}
}
