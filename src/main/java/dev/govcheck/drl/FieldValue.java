package dev.govcheck.drl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the number at a field path ({@code businessCase.annualCost}) of a fact through its accessors, for the
 * threshold comparisons of {@link Policy}. A rule names the field once, as the path explain reports; the rule set
 * loader checks a written path against the fact model before any rule runs, so a misspelt path is a rule-set
 * error, not a surprise here.
 */
final class FieldValue {
    private static final Map<String, Method> ACCESSORS = new ConcurrentHashMap<>();

    private FieldValue() {
    }

    /** The number at {@code path} of {@code fact}; null when a step on the way or the value is null. */
    static Number number(Object fact, String path) {
        Object value = fact;
        for (String step : path.split("\\.", -1)) {
            if (value == null) {
                return null;
            }
            value = read(value, step, path);
        }
        if (value == null || value instanceof Number) {
            return (Number) value;
        }
        throw new IllegalArgumentException(path + " of " + fact.getClass().getSimpleName()
                + " is not a number, so it cannot be compared with a threshold");
    }

    private static Object read(Object target, String step, String path) {
        Class<?> type = target.getClass();
        Method accessor = ACCESSORS.computeIfAbsent(type.getName() + "#" + step, k -> accessor(type, step));
        if (accessor == null) {
            throw new IllegalArgumentException("'" + step + "' in " + path + " is not a field of "
                    + type.getSimpleName());
        }
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + path + ": " + e, e);
        }
    }

    /** {@code step()}, {@code getStep()} or {@code isStep()}, as DRL conditions read a property; null if none. */
    private static Method accessor(Class<?> type, String step) {
        String cap = step.isEmpty() ? step : Character.toUpperCase(step.charAt(0)) + step.substring(1);
        for (String name : new String[] {step, "get" + cap, "is" + cap}) {
            try {
                Method m = type.getMethod(name);
                if (m.getReturnType() != void.class) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return null;
    }
}
