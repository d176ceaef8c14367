package main

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// Store keeps stock levels and short-lived reservations in Redis.
type Store struct {
	rdb *redis.Client
	ttl time.Duration
}

func newStore(ttl time.Duration) *Store {
	rdb := redis.NewClient(&redis.Options{
		Addr:     "10.20.4.12:6379",
		DB:       2,
		PoolSize: 20,
	})
	return &Store{rdb: rdb, ttl: ttl}
}

func (s *Store) Available(ctx context.Context, sku string) (int64, error) {
	return s.rdb.Get(ctx, "stock:"+sku).Int64()
}

func (s *Store) Reserve(ctx context.Context, sku string, qty int64) error {
	left, err := s.rdb.DecrBy(ctx, "stock:"+sku, qty).Result()
	if err != nil {
		return err
	}
	if left < 0 {
		s.rdb.IncrBy(ctx, "stock:"+sku, qty)
		return fmt.Errorf("not enough stock for %s", sku)
	}
	return s.rdb.Set(ctx, fmt.Sprintf("reservation:%s:%d", sku, time.Now().UnixNano()), qty, s.ttl).Err()
}
