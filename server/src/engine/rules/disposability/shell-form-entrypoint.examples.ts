import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: 'Dockerfile', code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD node dist/server.js\n' },
    { file: 'services/api/Dockerfile', code: 'FROM python:3.12-slim\nCOPY . /app\nENTRYPOINT gunicorn app.wsgi:application --bind 0.0.0.0:$PORT\n' },
    { file: 'Dockerfile', code: 'FROM eclipse-temurin:21-jre\nCOPY target/app.jar /app.jar\nCMD ["sh", "-c", "java $JAVA_OPTS -jar /app.jar"]\n' },
    { file: 'Dockerfile.prod', code: 'FROM ruby:3.3\nCOPY . /app\nCMD bundle exec rails db:migrate && bundle exec puma -C config/puma.rb\n' },
    { file: 'Dockerfile', code: 'FROM golang:1.22 AS build\nRUN go build -o /out/api ./cmd/api\nFROM gcr.io/distroless/base\nCOPY --from=build /out/api /api\nENTRYPOINT ["/bin/sh", "-c"]\nCMD ["/api --listen :8080"]\n' },
    { file: 'docker-compose.yml', code: 'services:\n  web:\n    image: acme/web\n    command: sh -c "python manage.py migrate && gunicorn app.wsgi"\n' },
    { file: 'compose.yaml', code: 'services:\n  worker:\n    build: .\n    command: ["bash", "-c", "celery -A app worker --loglevel=info"]\n' },
    { file: 'k8s/deploy.yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.4.2\n          command: ["/bin/sh", "-c"]\n          args: ["node dist/server.js --port $(PORT)"]\n' },
    { file: 'deploy/worker.yaml', code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: acme/worker\n          command:\n            - sh\n            - -c\n            - |\n              ./wait-for-db.sh\n              python worker.py\n' },
  ],
  valid: [
    { file: 'Dockerfile', code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "dist/server.js"]\n' },
    { file: 'Dockerfile', code: 'FROM eclipse-temurin:21-jre\nCOPY target/app.jar /app.jar\nCMD ["sh", "-c", "exec java $JAVA_OPTS -jar /app.jar"]\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y tini\nENTRYPOINT ["/usr/bin/tini", "--"]\nCMD gunicorn app:app\n' },
    { file: 'Dockerfile', code: 'FROM node:20 AS build\nCMD npm run build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\nCMD ["nginx", "-g", "daemon off;"]\n' },
    { file: 'Dockerfile', code: 'FROM ruby:3.3\nCMD bin/rails db:prepare && exec bin/rails server -b 0.0.0.0\n' },
    { file: 'docker-compose.yml', code: 'services:\n  web:\n    image: acme/web\n    command: gunicorn app.wsgi --bind 0.0.0.0:8000\n' },
    { file: 'docker-compose.yml', code: 'services:\n  web:\n    image: acme/web\n    init: true\n    command: sh -c "python manage.py migrate && gunicorn app.wsgi"\n' },
    { file: 'k8s/deploy.yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.4.2\n          command: ["/bin/sh", "-c", "exec node dist/server.js"]\n' },
    { file: 'k8s/cronjob.yaml', code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "0 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: report\n              image: busybox\n              command: ["/bin/sh", "-c", "date; echo done"]\n' },
  ],
};
