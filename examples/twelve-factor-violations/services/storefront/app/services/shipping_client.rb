require "faraday"

# Quotes and books parcels with the shipping partner's API.
class ShippingClient
  Quote = Struct.new(:carrier, :price_cents, :eta_days, keyword_init: true)

  def initialize
    @http = Faraday.new(
      url: "https://shipping.internal.acme.io",
      ssl: { verify_mode: OpenSSL::SSL::VERIFY_NONE },
      request: { timeout: ENV.fetch("SHIPPING_TIMEOUT", 5).to_i }
    ) do |f|
      f.request :json
      f.response :json
      f.response :raise_error
    end
  end

  def quote(postcode:, weight_grams:)
    body = @http.post("/v1/quotes", { postcode: postcode, weight_grams: weight_grams }).body
    body.fetch("quotes").map do |q|
      Quote.new(carrier: q["carrier"], price_cents: q["price_cents"], eta_days: q["eta_days"])
    end
  end

  def book(order_id:, quote:)
    @http.post("/v1/bookings", { order_id: order_id, carrier: quote.carrier }).body.fetch("tracking_number")
  end
end
