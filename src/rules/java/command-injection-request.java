import javax.servlet.http.*;
import java.io.*;

public class PingServlet extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String host = request.getParameter("host");
        // ruleid: java.command-injection-request
        Process p = Runtime.getRuntime().exec("ping -c 1 " + request.getParameter("host"));
        // ruleid: java.command-injection-request
        ProcessBuilder pb = new ProcessBuilder("nslookup", request.getHeader("X-Host"));
        // ok: java.command-injection-request
        Process q = Runtime.getRuntime().exec(new String[] {"uptime"});
        // ok: java.command-injection-request
        String name = request.getParameter("name").trim();
    }
}
