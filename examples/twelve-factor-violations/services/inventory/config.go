package main

import (
	"os"
	"time"
)

// Config is read from the environment once at startup.
type Config struct {
	SupplierURL string
	WarehouseID string
	HTTPTimeout time.Duration
	ReservedTTL time.Duration
}

func getenv(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func loadConfig() Config {
	timeout, err := time.ParseDuration(getenv("HTTP_TIMEOUT", "5s"))
	if err != nil {
		timeout = 5 * time.Second
	}
	ttl, err := time.ParseDuration(getenv("RESERVATION_TTL", "15m"))
	if err != nil {
		ttl = 15 * time.Minute
	}
	return Config{
		SupplierURL: getenv("SUPPLIER_API_URL", "http://localhost:9090"),
		WarehouseID: os.Getenv("WAREHOUSE_ID"),
		HTTPTimeout: timeout,
		ReservedTTL: ttl,
	}
}
