class UsersController < ApplicationController
  def search
    # ruleid: ruby.sql-injection
    @users = User.where("name = '#{params[:name]}'")
    # ruleid: ruby.sql-injection
    @admins = User.where("role = '" + params[:role] + "'")
    # ruleid: ruby.sql-injection
    rows = User.find_by_sql("SELECT * FROM users WHERE email LIKE '%#{params[:q]}%'")
    # ruleid: ruby.sql-injection
    sorted = User.order("#{params[:sort]} #{params[:dir]}")
    # ruleid: ruby.sql-injection
    ActiveRecord::Base.connection.execute("DELETE FROM sessions WHERE user_id = #{id}")
    # ruleid: ruby.sql-injection
    client.query("SELECT * FROM orders WHERE id = #{params[:id]}")
    # ruleid: ruby.sql-injection
    DB["SELECT * FROM items WHERE name = '#{name}'"].all
    # ok: ruby.sql-injection
    @users = User.where("name = ?", params[:name])
    # ok: ruby.sql-injection
    @admins = User.where(role: params[:role])
    # ok: ruby.sql-injection
    rows = User.find_by_sql(["SELECT * FROM users WHERE email LIKE ?", "%#{User.sanitize_sql_like(params[:q])}%"])
    # ok: ruby.sql-injection
    sorted = User.order(:created_at)
    # ok: ruby.sql-injection
    client.query("SELECT * FROM orders WHERE id = ?", params[:id])
    # ok: ruby.sql-injection
    logger.info("searched #{params[:name]}")
  end
end
