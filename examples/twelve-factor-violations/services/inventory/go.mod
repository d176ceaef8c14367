module git.acme.io/platform/inventory

go 1.22

require (
	github.com/redis/go-redis/v9 v9.5.1
	gopkg.in/natefinch/lumberjack.v2 v2.2.1
)
