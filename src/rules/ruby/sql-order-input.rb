class ItemsController < ApplicationController
  def index
    # ruleid: ruby.sql-order-input
    @items = Item.order(params[:sort])
    # ruleid: ruby.sql-order-input
    @totals = Item.group(params.fetch(:group_by))
    # ok: ruby.sql-order-input
    @items = Item.order(SORTABLE.fetch(params[:sort], "created_at"))
    # ok: ruby.sql-order-input
    @items = Item.where(category: params[:category])
  end
end
