package vn.gov.cchc.portal.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's heading and its one security scheme: the bearer token the administrator issued. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Cổng thông tin Ban Chỉ đạo cải cách hành chính — API đọc dữ liệu").version("v1")
                        .description("Read-only API for national reporting and task-tracking systems. Every request carries "
                                + "'Authorization: Bearer <token>'; tokens are issued by the portal's administrator. Errors are "
                                + "RFC 9457 problem details; lists page by cursor."))
                .components(new Components().addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
