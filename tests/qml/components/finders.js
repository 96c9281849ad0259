// Finding what a user sees in a component under test: by its words, as a user does.
.pragma library

// The first item under root (itself included) whose text is exactly text.
function byText(root, text) {
    if (!root)
        return null
    if (root.text === text)
        return root
    const children = root.children || []
    for (let i = 0; i < children.length; ++i) {
        const found = byText(children[i], text)
        if (found)
            return found
    }
    return null
}

// Whether an item and every item above it up to root is visible.
function shown(item, root) {
    for (let at = item; at && at !== root.parent; at = at.parent) {
        if (!at.visible)
            return false
    }
    return item !== null
}
