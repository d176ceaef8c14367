import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: 'Dockerfile', code: 'FROM node:20-alpine\nCOPY . /app\nCMD nohup node /app/server.js > /dev/null 2>&1 &\n' },
    { file: 'Dockerfile', code: 'FROM keymetrics/pm2:20-alpine\nCOPY . /app\nCMD ["pm2", "start", "ecosystem.config.js", "--env", "production"]\n' },
    { file: 'Dockerfile', code: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y nginx\nCMD service nginx start && tail -f /var/log/nginx/access.log\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12\nCOPY . /app\nCMD ["gunicorn", "--daemon", "--bind", "0.0.0.0:8000", "app:app"]\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12\nCMD ["sh", "-c", "exec celery -A proj worker --detach --pidfile=/tmp/celery.pid"]\n' },
    { file: 'docker-compose.yml', code: 'services:\n  worker:\n    image: acme/worker\n    command: celery -A proj beat --pidfile=/app/celerybeat.pid\n' },
    { file: 'compose.yaml', code: 'services:\n  web:\n    build: .\n    command: ["npx", "pm2", "start", "server.js"]\n' },
    { file: 'gunicorn.conf.py', code: 'bind = "0.0.0.0:8000"\nworkers = 4\ndaemon = True\n' },
    { file: 'deploy/gunicorn_config.py', code: 'import multiprocessing\nworkers = multiprocessing.cpu_count() * 2 + 1\ndaemon = True\n' },
    { file: 'worker/run.py', code: 'import daemon\nfrom worker import main\n\nwith daemon.DaemonContext(working_directory="/srv/worker"):\n    main()\n' },
    { file: 'agent.py', code: 'from daemon import DaemonContext\n\ndef start():\n    with DaemonContext():\n        loop()\n' },
    { file: 'config/puma.rb', code: 'workers Integer(ENV.fetch("WEB_CONCURRENCY", 2))\ndaemonize\n' },
    { file: 'config/puma.rb', code: 'port ENV.fetch("PORT", 3000)\npidfile ENV.fetch("PIDFILE", "tmp/pids/server.pid")\n' },
  ],
  valid: [
    { file: 'Dockerfile', code: 'FROM node:20-alpine\nCOPY . /app\nCMD ["node", "/app/server.js"]\n' },
    { file: 'Dockerfile', code: 'FROM keymetrics/pm2:20-alpine\nCMD ["pm2-runtime", "ecosystem.config.js"]\n' },
    { file: 'Dockerfile', code: 'FROM ubuntu:24.04\nRUN service postgresql start && createdb app\nCMD ["nginx", "-g", "daemon off;"]\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12\nCMD ["supervisord", "-n", "-c", "/etc/supervisord.conf"]\n' },
    { file: 'Dockerfile', code: 'FROM httpd:2.4\nCMD ["httpd", "-D", "FOREGROUND"]\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12 AS build\nCMD nohup python -m http.server &\nFROM python:3.12-slim\nCMD ["celery", "-A", "proj", "beat", "--pidfile="]\n' },
    { file: 'docker-compose.yml', code: 'services:\n  worker:\n    image: acme/worker\n    command: celery -A proj worker --loglevel=info\n' },
    { file: 'compose.yaml', code: 'services:\n  web:\n    build: .\n    command: ["pm2-runtime", "server.js"]\n' },
    { file: 'gunicorn.conf.py', code: 'bind = "0.0.0.0:8000"\ndaemon = False\n' },
    { file: 'app/settings.py', code: 'daemon = True  # not a gunicorn config\n' },
    { file: 'worker/run.py', code: 'import threading\nt = threading.Thread(target=main, daemon=True)\nt.start()\n' },
    { file: 'config/puma.rb', code: 'workers 2\n# daemonize is not supported in puma 5\nport ENV.fetch("PORT", 3000)\n' },
    { file: 'config/application.rb', code: 'pidfile "tmp/pids/server.pid"\n' },
  ],
};
