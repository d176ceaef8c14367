package main

import (
	"encoding/json"
	"log"
	"log/slog"
	"net/http"
	"os"

	"gopkg.in/natefinch/lumberjack.v2"
)

func main() {
	cfg := loadConfig()
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	access := log.New(&lumberjack.Logger{
		Filename:   "/var/log/inventory/access.log",
		MaxSize:    100,
		MaxBackups: 5,
	}, "", log.LstdFlags)

	store := newStore(cfg.ReservedTTL)
	supplier := newSupplierClient(cfg)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /stock/{sku}", func(w http.ResponseWriter, r *http.Request) {
		sku := r.PathValue("sku")
		access.Printf("GET /stock/%s", sku)
		n, err := store.Available(r.Context(), sku)
		if err != nil {
			logger.Error("stock lookup failed", "sku", sku, "err", err)
			http.Error(w, "lookup failed", http.StatusBadGateway)
			return
		}
		restock := ""
		if n == 0 {
			restock, _ = supplier.RestockDate(r.Context(), sku)
		}
		json.NewEncoder(w).Encode(map[string]any{"sku": sku, "available": n, "restock": restock})
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })

	logger.Info("inventory listening", "warehouse", cfg.WarehouseID)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
