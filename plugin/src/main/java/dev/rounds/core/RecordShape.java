package dev.rounds.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * A record class's components (names and accessors, made accessible) and its canonical constructor, looked up once
 * per class: the read cache's codec and the model digest both walk records by their components.
 */
public record RecordShape(String[] names, Method[] accessors, Constructor<?> constructor) {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            String[] names = new String[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                names[i] = components[i].getName();
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new RecordShape(names, accessors, constructor);
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException("A record without its canonical constructor: " + type, impossible);
            }
        }
    };

    /** The shape of a record class. */
    public static RecordShape of(Class<?> recordClass) {
        return SHAPES.get(recordClass);
    }

    /**
     * What the record's own {@code toString} gives for a record of plain values ({@code Name[a=1, b=x]}), without it:
     * on Java 17 that goes through {@code String.format}, whose first call costs a short build tens of milliseconds.
     */
    public static String describe(Record record) {
        RecordShape shape = of(record.getClass());
        StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('[');
        for (int i = 0; i < shape.names().length; i++) {
            try {
                text.append(i == 0 ? "" : ", ").append(shape.names()[i]).append('=')
                        .append(shape.accessors()[i].invoke(record));
            } catch (ReflectiveOperationException unreadable) {
                throw new IllegalStateException("Cannot read " + shape.names()[i] + " of " + record.getClass(),
                        unreadable);
            }
        }
        return text.append(']').toString();
    }
}
