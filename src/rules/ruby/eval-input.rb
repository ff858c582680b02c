class CalcController < ApplicationController
  def show
    # ruleid: ruby.eval-input
    result = eval(params[:expr])
    # ruleid: ruby.eval-input
    User.class_eval("def #{params[:name]}; end")
    # ruleid: ruby.eval-input
    instance_eval(request.body.read)
    # ok: ruby.eval-input
    value = Integer(params[:expr])
    # ok: ruby.eval-input
    User.class_eval do
      attr_accessor :nickname
    end
  end
end
