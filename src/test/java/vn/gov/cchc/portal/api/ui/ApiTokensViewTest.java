package vn.gov.cchc.portal.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.api.ApiScope;
import vn.gov.cchc.portal.api.ApiTokenService;
import vn.gov.cchc.portal.api.ApiTokenSummary;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;

/**
 * The administrator issues a token for a national system — a name and a read permission are required — sees its
 * secret once, finds it in the list by its first characters, and revokes it.
 */
@IntegrationTest
@WithMockUser(username = "quantri", roles = Roles.ADMIN)
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService tokens;

    @Test
    void a_token_is_issued_shown_once_and_revoked() {
        navigate(ApiTokensView.class);
        test(find(Button.class).withText("Cấp khóa truy cập").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(Button.class).from(dialog).withText("Cấp khóa truy cập").single()).click();
        TextField name = find(TextField.class).from(dialog).withCaption("Hệ thống sử dụng").single();
        assertThat(name.isInvalid()).as("a name is required").isTrue();

        test(name).setValue("Hệ thống thông tin báo cáo Chính phủ");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ApiScope> scopes = find(CheckboxGroup.class).from(dialog).single();
        scopes.setValue(Set.of(ApiScope.READ_FIGURES));
        test(find(Button.class).from(dialog).withText("Cấp khóa truy cập").single()).click();

        String secret = find(TextField.class).withClassName("issued-secret").single().getValue();
        assertThat(secret).startsWith("cchc_").hasSizeGreaterThan(40);
        ApiTokenSummary issued = tokens.list().stream().filter(t -> t.name().equals("Hệ thống thông tin báo cáo Chính phủ"))
                .findFirst().orElseThrow();
        assertThat(secret).startsWith(issued.prefix());
        assertThat(issued.scopes()).containsExactly(ApiScope.READ_FIGURES);

        test(find(Button.class).withText("Đóng").first()).click();
        @SuppressWarnings("unchecked")
        Grid<ApiTokenSummary> grid = find(Grid.class).withClassName("api-tokens-grid").single();
        int row = IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).id() == issued.id())
                .findFirst().orElseThrow();
        Button revoke = (Button) test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        assertThat(revoke.getText()).isEqualTo("Thu hồi");
        test(revoke).click();

        assertThat(tokens.list().stream().filter(t -> t.id() == issued.id()).findFirst().orElseThrow().revokedAt())
                .as("revoked from the screen").isNotNull();
        int shown = IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).id() == issued.id())
                .findFirst().orElseThrow();
        assertThat(test(grid).getCellText(shown, grid.getColumns().size() - 2)).isEqualTo("Đã thu hồi");
    }
}
