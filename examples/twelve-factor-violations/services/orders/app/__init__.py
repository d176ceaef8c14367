"""Flask application factory for the orders service."""
import logging
import os
import sys

from flask import Flask, jsonify, request
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
migrate = Migrate()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"

    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    app.logger.addHandler(handler)
    app.logger.setLevel(os.environ.get("LOG_LEVEL", "INFO"))

    db.init_app(app)
    migrate.init_app(app, db)

    from . import client

    @app.post("/orders")
    def create_order():
        payload = request.get_json()
        reservation = client.reserve(payload["sku"], int(payload["quantity"]))
        return jsonify(reservation), 201

    @app.get("/healthz")
    def healthz():
        return "ok"

    return app
