require "open-uri"

class ImportsController < ApplicationController
  def create
    # ruleid: ruby.kernel-open
    data = open(params[:source]).read
    # ruleid: ruby.kernel-open
    body = URI.open(params.fetch(:url)).read
    # ruleid: ruby.kernel-open
    open("| wc -l #{name}")
    # ok: ruby.kernel-open
    File.open(Rails.root.join("imports", "default.csv")).read
    # ok: ruby.kernel-open
    open("config/settings.yml").read
  end
end
