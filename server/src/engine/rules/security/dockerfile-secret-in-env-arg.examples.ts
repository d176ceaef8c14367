import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: 'Dockerfile', code: 'FROM node:20-alpine\nARG NPM_TOKEN\nCOPY package.json package-lock.json ./\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc\n' },
    { file: 'Dockerfile', code: 'FROM amazon/aws-cli:2.15.0\nARG AWS_SECRET_ACCESS_KEY=""\nRUN aws s3 cp s3://acme-artifacts/model.bin /models/\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12-slim\nARG DB_PASSWORD\nENV DB_PASSWORD=${DB_PASSWORD}\nCMD ["python", "app.py"]\n' },
    { file: 'Dockerfile', code: 'FROM node:20\nWORKDIR /app\nCOPY package.json .env ./\nCMD ["node", "server.js"]\n' },
    { file: 'docker/api.Dockerfile', code: 'FROM alpine:3.20\nRUN apk add --no-cache openssh-client git\nCOPY id_rsa /root/.ssh/id_rsa\nRUN git clone git@github.com:acme/private-lib.git\n' },
    { file: 'Dockerfile', code: 'FROM nginx:1.27\nCOPY certs/fullchain.pem certs/privkey.pem /etc/nginx/certs/\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12\nCOPY ["requirements.txt", ".pypirc", "/root/"]\nRUN pip install -r /root/requirements.txt\n' },
  ],
  valid: [
    { file: 'Dockerfile', code: '# syntax=docker/dockerfile:1\nFROM node:20-alpine\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n' },
    { file: 'Dockerfile', code: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine\nARG NODE_VERSION\nARG PUBLIC_KEY_URL\nRUN curl -fsSL "$PUBLIC_KEY_URL" -o /etc/app.pub\n' },
    { file: 'Dockerfile', code: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password\nENV DB_PASSWORD_FILE=/run/secrets/db\n' },
    { file: 'Dockerfile', code: 'FROM ruby:3.3\nARG RAILS_ENV=production\nRUN SECRET_KEY_BASE_DUMMY=1 bin/rails assets:precompile\n' },
    { file: 'Dockerfile', code: 'FROM node:20\nCOPY .env.example ./.env.example\nCOPY certs/ca.pem /usr/local/share/ca-certificates/ca.crt\nCOPY keys/app.pub /etc/keys/\n' },
    { file: 'Dockerfile', code: 'FROM golang:1.22\nARG GITHUB_TOKEN_URL\nARG AUTH_URL\nARG SECRET_NAME\nARG TOKEN_ENDPOINT_ID\n' },
  ],
};
