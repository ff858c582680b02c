import java.io.*;
import java.nio.file.*;

public class Download extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java.path-traversal-request
        File f = new File("/var/uploads/" + request.getParameter("file"));
        // ruleid: java.path-traversal-request
        byte[] data = Files.readAllBytes(Paths.get(BASE, request.getParameter("name")));
        // ruleid: java.path-traversal-request
        FileInputStream in = new FileInputStream(request.getPathInfo());
        // ok: java.path-traversal-request
        File index = new File("/var/www/index.html");
        // ok: java.path-traversal-request
        String name = FilenameUtils.getName(safe);
    }
}
