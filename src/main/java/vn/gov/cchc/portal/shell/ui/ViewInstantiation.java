package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.router.PageTitleGenerator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringInstantiator;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Vaadin's Spring instantiator asks Spring for a bean of every view it opens and, as views are not beans, catches
 * the "no such bean" exception before it creates one, working out the view's constructor and what to give it anew
 * each time (ADR 0022). This one gives each view class a prototype bean definition the first time it is opened:
 * Spring then keeps what it worked out, and every navigation gets a new view, as before.
 */
@Component
class ViewInstantiation implements InstantiatorFactory {

    private final ApplicationContext context;

    ViewInstantiation(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new Checked(service, context);
    }

    private static final class Checked extends SpringInstantiator {

        private final transient ApplicationContext context;

        Checked(VaadinService service, ApplicationContext context) {
            super(service, context);
            this.context = context;
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            if (context.getBeanNamesForType(type).length == 0 && !type.isInterface()
                    && !Modifier.isAbstract(type.getModifiers())) {
                if (!(context.getAutowireCapableBeanFactory() instanceof BeanDefinitionRegistry registry)) {
                    return context.getAutowireCapableBeanFactory().createBean(type);
                }
                define(registry, type);
            }
            return super.getOrCreate(type);
        }

        private static synchronized void define(BeanDefinitionRegistry registry, Class<?> type) {
            String name = "view:" + type.getName();
            if (!registry.containsBeanDefinition(name)) {
                RootBeanDefinition definition = new RootBeanDefinition(type);
                definition.setScope(BeanDefinition.SCOPE_PROTOTYPE);
                definition.setAutowireCandidate(false);
                registry.registerBeanDefinition(name, definition);
            }
        }

        /** None: the views give their own titles (and the portal sets no {@code pageTitle.generator}). */
        @Override
        public @Nullable PageTitleGenerator getPageTitleGenerator() {
            return context.getBeanNamesForType(PageTitleGenerator.class).length == 0 ? null : super.getPageTitleGenerator();
        }
    }
}
