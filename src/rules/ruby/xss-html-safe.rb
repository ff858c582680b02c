module UsersHelper
  def greeting(user)
    # ruleid: ruby.xss-html-safe
    "<b>Hello #{user.name}</b>".html_safe
  end

  def search_echo
    # ruleid: ruby.xss-html-safe
    raw("You searched for #{params[:q]}")
  end

  def banner
    # ruleid: ruby.xss-html-safe
    params[:banner].html_safe
  end

  def safe_greeting(user)
    # ok: ruby.xss-html-safe
    content_tag(:b, "Hello #{user.name}")
    # ok: ruby.xss-html-safe
    "<hr>".html_safe
    # ok: ruby.xss-html-safe
    safe_join([tag.b(user.name), tag.br])
  end
end
