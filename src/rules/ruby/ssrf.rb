class PreviewsController < ApplicationController
  def show
    # ruleid: ruby.ssrf
    body = Net::HTTP.get(URI(params[:url]))
    # ruleid: ruby.ssrf
    resp = HTTParty.get(params.fetch(:callback))
    # ruleid: ruby.ssrf
    conn = Faraday.new(url: params[:endpoint])
    # ok: ruby.ssrf
    body = Net::HTTP.get(URI("https://api.example.com/v1/status"))
    # ok: ruby.ssrf
    resp = HTTParty.get("https://api.example.com/search", query: { q: params[:q] })
  end
end
