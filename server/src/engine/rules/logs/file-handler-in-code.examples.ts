import type { RuleMeta } from '../../types';
import { moreInvalid, moreValid } from './file-handler-more.examples';

export const examples: RuleMeta['examples'] = {
  invalid: [
    {
      file: 'src/logger.ts',
      code: "import winston from 'winston';\nexport const logger = winston.createLogger({\n  transports: [new winston.transports.File({ filename: 'combined.log' })],\n});\n",
    },
    { file: 'src/logger.js', code: "const { transports } = require('winston');\nconst t = new transports.File({ filename: 'app.log', level: 'info' });\n" },
    { file: 'src/access.js', code: "const fs = require('fs');\napp.use(morgan('combined', { stream: fs.createWriteStream('access.log', { flags: 'a' }) }));\n" },
    { file: 'src/pino.ts', code: "import pino from 'pino';\nconst log = pino(pino.destination('./logs/app.log'));\n" },
    { file: 'src/pino-transport.ts', code: "import pino from 'pino';\nconst transport = pino.transport({ target: 'pino/file', options: { destination: './app.log' } });\n" },
    { file: 'src/bunyan.js', code: "const bunyan = require('bunyan');\nconst log = bunyan.createLogger({ name: 'app', streams: [{ path: '/var/log/app.log' }] });\n" },
    { file: 'src/log4js.js', code: "const log4js = require('log4js');\nlog4js.configure({ appenders: { app: { type: 'file', filename: 'app.log' } }, categories: { default: { appenders: ['app'], level: 'info' } } });\n" },
    { file: 'app/log.py', code: 'import logging\nhandler = logging.FileHandler("app.log")\n' },
    { file: 'app/logconf.py', code: 'import logging\nLOG_PATH = "/var/log/app.log"\nhandler = logging.FileHandler(LOG_PATH)\n' },
    { file: 'app/rotate.py', code: 'from logging.handlers import RotatingFileHandler\nhandler = RotatingFileHandler("app.log", maxBytes=10_000_000, backupCount=5)\n' },
    { file: 'app/timed.py', code: 'import logging.handlers\nh = logging.handlers.TimedRotatingFileHandler("app.log", when="midnight")\n' },
    { file: 'app/basic.py', code: 'import logging\nlogging.basicConfig(filename="app.log", filemode="a", level=logging.INFO)\n' },
    { file: 'app/loguru_setup.py', code: 'from loguru import logger\nlogger.add("app.log", rotation="10 MB")\n' },
    {
      file: 'app/settings.py',
      code: 'LOGGING = {\n    "version": 1,\n    "handlers": {"file": {"class": "logging.handlers.RotatingFileHandler", "filename": "app.log"}},\n}\n',
    },
    ...moreInvalid,
  ],
  valid: [
    { file: 'src/logger.ts', code: "import winston from 'winston';\nexport const logger = winston.createLogger({ transports: [new winston.transports.Console()] });\n" },
    { file: 'src/pino.ts', code: "import pino from 'pino';\nconst log = pino(pino.destination(1));\n" },
    { file: 'src/pino-transport.ts', code: "import pino from 'pino';\nconst t = pino.transport({ target: 'pino/file', options: { destination: 1 } });\n" },
    { file: 'src/export.js', code: "const fs = require('fs');\nconst out = fs.createWriteStream('report.csv');\n" },
    { file: 'src/stdout.js', code: "const fs = require('fs');\nconst out = fs.createWriteStream('/dev/stdout');\n" },
    { file: 'src/file.ts', code: 'const f = new File(["x"], "app.log");\n' },
    { file: 'app/log.py', code: 'import logging, sys\nhandler = logging.StreamHandler(sys.stdout)\n' },
    { file: 'app/basic.py', code: 'import logging\nlogging.basicConfig(level=logging.INFO)\n' },
    { file: 'app/dev.py', code: 'import logging\nhandler = logging.FileHandler("/dev/stdout")\n' },
    { file: 'app/loguru_setup.py', code: 'import sys\nfrom loguru import logger\nlogger.add(sys.stderr, level="INFO")\n' },
    { file: 'app/other.py', code: 'class FileHandler:\n    pass\nh = FileHandler()\n' },
    // The program's user picks the file (`--logfile`); stdout is the default.
    { file: 'app/log.py', code: 'import logging\n\ndef setup(logfile=None):\n    if logfile:\n        return logging.FileHandler(logfile)\n    return logging.StreamHandler()\n' },
    // The path comes from the app's logging configuration, where the choice is made.
    { file: 'src/Log/LogManager.php', code: "<?php\nuse Monolog\\Handler\\RotatingFileHandler;\nuse Monolog\\Handler\\StreamHandler;\n\n$a = new RotatingFileHandler($config['path'], $config['days'] ?? 7);\n$b = new StreamHandler($config['path'] ?? $this->app->storagePath().'/logs/laravel.log');\n" },
    ...moreValid,
  ],
};
