@Configuration
public class SecurityConfig {
    @Bean
    SecurityFilterChain chain(HttpSecurity http) throws Exception {
        http.authorizeRequests().anyRequest().authenticated()
            .and()
            // ruleid: java.csrf-protection-disabled
            .csrf().disable();
        // ruleid: java.csrf-protection-disabled
        http.csrf(csrf -> csrf.disable());
        // ruleid: java.csrf-protection-disabled
        http.csrf(AbstractHttpConfigurer::disable);
        // ok: java.csrf-protection-disabled
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/webhooks/**"));
        return http.build();
    }
}
