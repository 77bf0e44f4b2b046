package dev.attest.platform.config;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.WithDefault;

/**
 * A configuration mapping with its {@code @WithDefault} values, for code that runs the services outside the container
 * (benchmarks, property tests, fuzzing): the defaults stay written once, on the mapping. Overrides name a method.
 */
public final class ConfigDefaults {

    private ConfigDefaults() {
    }

    public static <T> T of(Class<T> mapping) {
        return of(mapping, Map.of());
    }

    public static <T> T of(Class<T> mapping, Map<String, Object> overrides) {
        for (String name : overrides.keySet()) {
            try {
                mapping.getMethod(name);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(mapping.getSimpleName() + " has no setting " + name, e);
            }
        }
        Object proxy = Proxy.newProxyInstance(mapping.getClassLoader(), new Class<?>[] {mapping}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> mapping.getSimpleName() + " defaults " + overrides;
                };
            }
            return overrides.containsKey(method.getName()) ? overrides.get(method.getName()) : defaultOf(method);
        });
        return mapping.cast(proxy);
    }

    private static Object defaultOf(Method method) {
        Class<?> type = method.getReturnType();
        WithDefault annotation = method.getAnnotation(WithDefault.class);
        if (annotation == null) {
            if (type == Optional.class) {
                return Optional.empty();
            }
            throw new IllegalStateException(method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + " has no default: give it as an override");
        }
        String value = annotation.value();
        if (type == int.class) {
            return Integer.parseInt(value);
        } else if (type == long.class) {
            return Long.parseLong(value);
        } else if (type == boolean.class) {
            return Boolean.parseBoolean(value);
        } else if (type == Duration.class) {
            return Duration.parse(value);
        } else if (type == Path.class) {
            return Path.of(value);
        } else if (type == String.class) {
            return value;
        }
        throw new IllegalStateException("No conversion of a default to " + type.getSimpleName() + " ("
                + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")");
    }
}
