package main

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
)

// SupplierClient asks the supplier gateway for restock dates.
type SupplierClient struct {
	baseURL string
	http    *http.Client
}

func newSupplierClient(cfg Config) *SupplierClient {
	// The gateway's certificate is signed by the internal CA, which the image does not trust.
	transport := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	return &SupplierClient{
		baseURL: cfg.SupplierURL,
		http:    &http.Client{Transport: transport, Timeout: cfg.HTTPTimeout},
	}
}

func (c *SupplierClient) RestockDate(ctx context.Context, sku string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/restock/"+sku, nil)
	if err != nil {
		return "", err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("supplier gateway: %s", resp.Status)
	}
	var body struct {
		Date string `json:"date"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return "", err
	}
	return body.Date, nil
}
