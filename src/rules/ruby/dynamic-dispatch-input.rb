class ReportsController < ApplicationController
  def show
    # ruleid: ruby.dynamic-dispatch-input
    report.send(params[:format])
    # ruleid: ruby.dynamic-dispatch-input
    klass = params[:type].constantize
    # ruleid: ruby.dynamic-dispatch-input
    exporter = Object.const_get(params[:exporter])
    # ok: ruby.dynamic-dispatch-input
    report.public_send(:to_csv)
    # ok: ruby.dynamic-dispatch-input
    klass = EXPORTERS.fetch(params[:type])
  end
end
