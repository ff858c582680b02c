class UsersController < ApplicationController
  def update
    # ruleid: ruby.mass-assignment
    @user.update(params.require(:user).permit!)
    # ruleid: ruby.mass-assignment
    User.create(params.to_unsafe_h)
    # ok: ruby.mass-assignment
    @user.update(params.require(:user).permit(:name, :email))
  end
end
