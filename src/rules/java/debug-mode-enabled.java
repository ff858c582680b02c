// ruleid: java.debug-mode-enabled
@EnableWebSecurity(debug = true)
public class WebConfig {
    @Bean
    public WebSecurityCustomizer customizer() {
        // ruleid: java.debug-mode-enabled
        return (web) -> web.debug(true);
    }

    public static void main(String[] args) {
        // ruleid: java.debug-mode-enabled
        System.setProperty("management.endpoints.web.exposure.include", "*");
        // ok: java.debug-mode-enabled
        System.setProperty("management.endpoints.web.exposure.include", "health,info");
        // ok: java.debug-mode-enabled
        log.debug("started");
    }
}
