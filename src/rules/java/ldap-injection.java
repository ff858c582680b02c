public class Directory {
    public NamingEnumeration<SearchResult> find(DirContext ctx, String user) throws NamingException {
        // ruleid: java.ldap-injection
        return ctx.search("ou=people,dc=example,dc=com", "(uid=" + user + ")", new SearchControls());
    }

    public NamingEnumeration<SearchResult> findSafe(DirContext ctx, String user) throws NamingException {
        // ok: java.ldap-injection
        return ctx.search("ou=people,dc=example,dc=com", "(uid={0})", new Object[] {user}, new SearchControls());
    }
}
